"""The list of algorithms the provider registers. Each evaluation module
adds its classes here (ids are a public interface: keep them stable)."""


def all_algorithms():
    from .alg_pollutant_exceedance import PollutantExceedanceAlgorithm
    return [
        PollutantExceedanceAlgorithm,
    ]
