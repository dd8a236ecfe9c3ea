"""From warning to action (Qt-free): measures and 奖惩 (:mod:`.measures`),
reminders, letters and the remediation plan (:mod:`.reminders`), target
tracking (:mod:`.targets`), the county/city cross-check (:mod:`.crosscheck`),
sidecar tables (:mod:`.sidecar`) and their profile sections
(:mod:`.profile_schema`). See docs/actions.md."""
