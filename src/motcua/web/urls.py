from django.contrib.auth.views import LogoutView
from django.urls import path

from motcua.web import views

app_name = "web"
urlpatterns = [
    path("dang-nhap", views.SignInView.as_view(), name="login"),
    path("dang-nhap/ma-xac-thuc", views.otp_verify, name="otp_verify"),
    path("dang-nhap/thiet-lap-xac-thuc", views.otp_enrol, name="otp_enrol"),
    path("dang-xuat", LogoutView.as_view(next_page="/"), name="logout"),
    path("dang-ky", views.signup, name="signup"),
]
