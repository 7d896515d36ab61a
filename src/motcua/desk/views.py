"""Placeholder views: being written now (replace every function)."""

from django.http import HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    return HttpResponse("Đang xây dựng", status=501)


inbox = _todo
reception = _todo
dossier = _todo
act = _todo
upload = _todo
document = _todo
