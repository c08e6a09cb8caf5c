# a missing argument to __init__: "missing 1 required positional argument"
class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email
u = User('ann', 'a@example.com')
print(u.name)
User('bob')
