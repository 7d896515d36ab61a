"""The printed forms of Circular 03/2025 (Appendix I): 01–06 per dossier, 07 the desk's log.

views (HTTP) → forms (what 01–06 show) / handovers (06's rows) / log (07, PDF and Excel) →
story (a dossier and its events, loaded once) and text (Vietnamese dates); render turns the
templates beside this file into PDF with WeasyPrint, offline.
"""
