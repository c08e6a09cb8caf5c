# __dict__ of instances and vars(): they are the attribute storage, in insertion order
class Config:
    default_mode = 'fast'
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)

c = Config(host='localhost', port=8080)
print(c.__dict__)
print(vars(c) is c.__dict__)
c.debug = True
print(vars(c))
c.__dict__['extra'] = [1, 2]
print(c.extra)
del c.port
print(list(c.__dict__), 'default_mode' in vars(c), 'default_mode' in vars(Config))
vars(c).update(port=9, host='example')
print(c.port, c.host, c.__dict__)
d = Config()
print(d.__dict__, d.default_mode)
