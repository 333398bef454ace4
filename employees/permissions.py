"""The employees app's permissions (granted to roles in netral.roles). Which units an HR officer sees is decided by
`employees.selectors.sees_all_units` / `visible_units` from these and `User.hr_unit`."""

VIEW_ALL_UNITS = "employees.view_all_units"  # HR BKD: every unit; without it, a unit's HR sees their subtree only
IMPORT_ROSTER = "employees.import_roster"  # BKD imports the regency's roster
VIEW_ROSTER_IMPORTS = "employees.view_rosterimport"
VIEW_USERS = "employees.view_user"
VIEW_UNITS = "employees.view_workunit"  # the unit list with codes (a unit's HR: their subtree)
MANAGE_UNITS = ["employees.add_workunit", "employees.change_workunit"]  # BKD keeps the tree
