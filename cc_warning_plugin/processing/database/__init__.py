"""Algorithms of the monitoring database (监测预警数据库)."""
