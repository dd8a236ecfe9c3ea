"""The 生态环境分区管控 algorithms: thin calls of ``core/zoning`` (docs/zoning.md)."""
