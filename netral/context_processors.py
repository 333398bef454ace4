from django.conf import settings


def netral(request):
    return {"netral_issuer": settings.NETRAL_ISSUER_NAME}
