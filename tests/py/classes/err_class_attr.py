# a missing attribute looked up on the class itself: "type object 'X' has no attribute"
class Settings:
    debug = False
print(Settings.debug)
print(Settings.verbose)
