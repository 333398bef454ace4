"""`{% sharedfragment name var1 var2 ... %}…{% endsharedfragment %}`: a template fragment rendered once per distinct
set of values and kept in the shared cache, like Django's `{% cache %}`, but safe around forms: the CSRF tokens in
it are stored as a placeholder and each request gets its own token back (so the site header, with its logout and
language forms, renders once per language, kind of visitor and page instead of on every request).

Only for fragments that depend on nothing but the listed values. Rendered every time with NETRAL_PAGE_CACHE=0 and
for a request with a query string (arbitrary strings would each make an entry).
"""

import hashlib
import re

from django import template
from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

register = template.Library()
PLACEHOLDER = "__netral_fragment_csrf__"
TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
SECONDS = 60 * 60
VERSION = 1  # raise when a cached fragment's template changes shape in a way the keys don't capture


class SharedFragmentNode(template.Node):
    def __init__(self, name, variables, nodelist):
        self.name, self.variables, self.nodelist = name, variables, nodelist

    def render(self, context):
        request = context.get("request")
        if not settings.NETRAL_PAGE_CACHE or request is None or request.META.get("QUERY_STRING"):
            return self.nodelist.render(context)
        values = "|".join(str(variable.resolve(context)) for variable in self.variables)
        digest = hashlib.md5(values.encode(), usedforsecurity=False).hexdigest()
        key = f"netral:fragment:{VERSION}:{settings.STATIC_URL}:{self.name}:{digest}"
        html = cache.get(key)
        if html is None:
            html = TOKEN_FIELD.sub(rf"\g<1>{PLACEHOLDER}\g<2>", self.nodelist.render(context))
            cache.set(key, html, SECONDS)
        if PLACEHOLDER in html:
            html = html.replace(PLACEHOLDER, get_token(request))
        return mark_safe(html)  # noqa: S308 (our own template's output)


@register.tag
def sharedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("sharedfragment needs a name")
    nodelist = parser.parse(("endsharedfragment",))
    parser.delete_first_token()
    return SharedFragmentNode(bits[1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
