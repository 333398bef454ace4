"""The work-unit tree in the Wagtail admin: BKD sees every unit with its code (the "Kode Unit" of the roster import),
kind, place in the tree and number of employees, adds units and renames or moves them; a unit's HR sees their own
subtree, read only. Units are never deleted here: employees, assignments and certificates' history refer to them."""

from django import forms
from django.db.models import Count
from django.http import Http404
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import WorkUnit
from ..selectors import sees_all_units, unit_is_visible, visible_units
from ..services import unit_save


class WorkUnitPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, within the viewer's units; deleting is never offered."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and unit_is_visible(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return WorkUnit.objects.none()
        return WorkUnit.objects.all() if sees_all_units(user) else visible_units(user)


def unit_label(unit: WorkUnit) -> str:
    return f"{'— ' * (unit.depth - 1)}{unit.name} ({unit.code})"


class WorkUnitForm(WagtailAdminModelForm):
    parent = forms.ModelChoiceField(
        label=_("Unit induk"),
        queryset=WorkUnit.objects.order_by("path"),
        required=False,
        empty_label=_("(tidak ada: unit tingkat teratas)"),
        help_text=_("Unit tempat unit ini berada. Memindahkan unit ikut memindahkan seluruh sub-unitnya."),
    )

    class Meta:
        model = WorkUnit
        fields = ["code", "name", "kind"]
        error_messages = {"code": {"unique": _("Kode unit ini sudah dipakai unit lain: pilih kode yang lain.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["parent"]
        field.label_from_instance = unit_label
        if self.instance.pk:
            field.initial = self.instance.get_parent()
            # A unit cannot sit inside itself or inside one of its own sub-units.
            field.queryset = field.queryset.exclude(path__startswith=self.instance.path)


class SaveThroughServiceMixin:
    def save_instance(self):
        return unit_save(unit=self.form.instance, parent=self.form.cleaned_data["parent"], by=self.request.user)


class WorkUnitCreateView(SaveThroughServiceMixin, CreateView):
    pass


def in_unit_scope(view_class):
    """The view, answering 404 for a unit outside the viewer's subtree (Wagtail's generic views check the model
    permission only)."""

    class ScopedView(view_class):
        def get_object(self, *args, **kwargs):
            unit = super().get_object(*args, **kwargs)
            if not unit_is_visible(self.request.user, unit):
                raise Http404
            return unit

    ScopedView.__name__ = ScopedView.__qualname__ = f"WorkUnit{view_class.__name__}"
    return ScopedView


class WorkUnitEditView(SaveThroughServiceMixin, EditView):
    pass


class NameInTreeColumn(Column):
    """The unit's name indented by its depth, so the list reads as the tree."""

    def get_value(self, instance):
        return format_html("{}{}", "— " * (instance.depth - 1), instance.name)


class WorkUnitIndexView(IndexView):
    default_ordering = "path"

    def get_base_queryset(self):
        units = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view", "change"])
        return units.annotate(employee_count=Count("employees", distinct=True))


class WorkUnitViewSet(ModelViewSet):
    model = WorkUnit
    icon = "group"
    menu_label = _("Unit kerja")
    menu_order = 605
    add_to_settings_menu = True
    permission_policy = WorkUnitPermissionPolicy(WorkUnit)
    index_view_class = WorkUnitIndexView
    add_view_class = WorkUnitCreateView
    edit_view_class = in_unit_scope(WorkUnitEditView)
    delete_view_class = in_unit_scope(ModelViewSet.delete_view_class)
    history_view_class = in_unit_scope(ModelViewSet.history_view_class)
    usage_view_class = in_unit_scope(ModelViewSet.usage_view_class)
    form_fields = ["code", "name", "kind"]
    search_fields = ["code", "name"]
    list_filter = ["kind"]
    list_per_page = 100
    inspect_view_enabled = False
    copy_view_enabled = False

    @property
    def list_display(self):
        return [
            "code",
            NameInTreeColumn("name", label=_("Nama unit"), sort_key="path"),
            Column("kind", label=_("Jenis"), accessor="get_kind_display"),
            Column("employee_count", label=_("Pegawai di unit ini"), sort_key="employee_count"),
        ]

    def get_form_class(self, for_update=False):
        return WorkUnitForm
