# a class-body annotation is evaluated in the class namespace: a name bound
# earlier in the body is found, an undefined one raises NameError
class Config:
    Alias = int
    port: Alias = 80
    host: Hostname = 'localhost'
