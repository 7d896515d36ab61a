"""Personal data: what an applicant may download about themselves, and how long it is kept.

`export` builds the ZIP a citizen downloads (portal, API) or the province answers a written
request with (`motcua personal_data export`); `retention` deletes files past their retention
period and later blanks the applicant's fields, keeping what the service index counts.
"""
