# a method defined without self receives the instance anyway: "takes 0 positional arguments but 1 was given"
class Greeter:
    def hello():
        return 'hi'
print(Greeter.hello())
Greeter().hello()
