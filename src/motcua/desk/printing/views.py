"""Placeholder views: being written now (replace every function)."""

from django.http import HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    return HttpResponse("Đang xây dựng", status=501)


form_pdf = _todo
log_pdf = _todo
log_xlsx = _todo
