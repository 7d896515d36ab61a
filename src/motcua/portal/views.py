"""Placeholder views: being written now (replace every function)."""

from django.http import HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    return HttpResponse("Đang xây dựng", status=501)


home = _todo
search = _todo
procedure = _todo
submit = _todo
track = _todo
mine = _todo
receipt = _todo
supplement = _todo
withdraw = _todo
rate = _todo
