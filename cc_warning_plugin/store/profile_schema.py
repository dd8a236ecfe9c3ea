"""Profile section ``database`` of the monitoring database: the accepted
lengths of unit codes and the earliest year a period may have. An optional
section: a profile written before it existed gets the built-in default's."""

from ..core.i18n import tr
from ..core.profile.vocab import list_of, num, str_, table


def _database():
    def check(value, key, ctx):
        county = value["county_code_digits"]
        township = value["township_code_digits"]
        if min(township) <= max(county):
            ctx.fail(
                f"{key}.township_code_digits",
                tr(
                    "must all be longer than the county code lengths ({county}): a township "
                    "code starts with the code of its county."
                ).format(county=", ".join(str(n) for n in county)),
            )

    return table(
        {
            "county_code_digits": list_of(num(2, 20, integer=True), min_len=1),
            "township_code_digits": list_of(num(3, 20, integer=True), min_len=1),
            "earliest_year": num(1800, 2100, integer=True),
        },
        {"tag": str_()},
        check=check,
    )


def optional_sections():
    return {"database": _database()}
