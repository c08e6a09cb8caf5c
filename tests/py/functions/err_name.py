# reading a name that was never assigned raises NameError
def compute():
    return undefined_thing * 2
print('before')
compute()
