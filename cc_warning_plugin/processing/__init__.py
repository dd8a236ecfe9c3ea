"""Processing provider and algorithms: parameters, validation, feedback and
output styling. The method logic lives in ``core``."""
