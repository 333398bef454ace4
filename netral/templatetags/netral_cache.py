"""`{% sharedfragment name var1 var2 ... %}…{% endsharedfragment %}`: a template fragment rendered once per distinct
set of values and kept in the shared cache, like Django's `{% cache %}`, but safe around forms: the CSRF tokens in
it are stored as a placeholder and each request gets its own token back, and so is a hidden `next` field (the
address to come back to), filled with this request's path. So the site header, with its logout and language forms,
renders once per language and kind of visitor instead of on every request.

Keyed on the content generation too (cms/cache.py), so a publish or a server start renders it anew.
Only for fragments that depend on nothing but the listed values (and the request's CSRF token and path, as above).
Rendered every time with NETRAL_PAGE_CACHE=0.
"""

import hashlib
import re

from django import template
from django.conf import settings
from django.middleware.csrf import get_token
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cms import cache as content_cache

register = template.Library()
PLACEHOLDER = "__netral_fragment_csrf__"
NEXT_PLACEHOLDER = "__netral_fragment_next__"
TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
NEXT_FIELD = re.compile(r'(<input name="next" type="hidden" value=")[^"]*(")')
SECONDS = 60 * 60
VERSION = 2  # raise when a cached fragment's template changes shape in a way the keys don't capture


class SharedFragmentNode(template.Node):
    def __init__(self, name, variables, nodelist):
        self.name, self.variables, self.nodelist = name, variables, nodelist

    def render(self, context):
        request = context.get("request")
        if not settings.NETRAL_PAGE_CACHE or request is None:
            return self.nodelist.render(context)
        values = "|".join(str(variable.resolve(context)) for variable in self.variables)
        digest = hashlib.md5(values.encode(), usedforsecurity=False).hexdigest()
        key = content_cache.key(request, "fragment", VERSION, self.name, digest)
        html = content_cache.get(key)
        if html is None:
            html = TOKEN_FIELD.sub(rf"\g<1>{PLACEHOLDER}\g<2>", self.nodelist.render(context))
            html = NEXT_FIELD.sub(rf"\g<1>{NEXT_PLACEHOLDER}\g<2>", html)
            content_cache.set(key, html, SECONDS)
        if PLACEHOLDER in html:
            html = html.replace(PLACEHOLDER, get_token(request))
        if NEXT_PLACEHOLDER in html:
            html = html.replace(NEXT_PLACEHOLDER, escape(request.get_full_path()))
        return mark_safe(html)  # noqa: S308 (our own template's output)


@register.tag
def sharedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("sharedfragment needs a name")
    nodelist = parser.parse(("endsharedfragment",))
    parser.delete_first_token()
    return SharedFragmentNode(bits[1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
