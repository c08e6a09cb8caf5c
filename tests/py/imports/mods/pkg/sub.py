print('pkg.sub: executing as', __name__, 'package', __package__)


def helper():
    return 'pkg.sub.helper'
