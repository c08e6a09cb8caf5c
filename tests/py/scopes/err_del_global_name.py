# del of a module global, then reading it: NameError
config = {'debug': True}
print(config)
del config
print(config)
