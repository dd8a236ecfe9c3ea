"""The Processing side of the specs: the generic algorithm class
(:class:`~.algorithm.SpecAlgorithm`), parameters from declarations, the
shared pre-run checks, the active method profile and the plumbing every
algorithm shares."""
