# the __future__ module: every feature a _Feature with its releases and its
# compiler flag, all_feature_names in order, and importing it plainly or by
# name works anywhere (only `from __future__ import` is special)
import __future__
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(type(__future__.annotations).__name__)
def later():
    import __future__ as fut
    from importlib import import_module
    return fut.division.optional, import_module('__future__') is fut
print(later())
