from tests.permissions.spec import public

ROUTES = {
    "home": public(),
    "manifest": public(),
}
