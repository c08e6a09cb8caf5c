# a mutable class attribute is shared by all instances (the classic trap); assigning through self creates a per-instance one
class Team:
    members = []            # shared!
    tags = ()
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
    def tag(self, t):
        self.tags = self.tags + (t,)   # rebinding creates an instance attribute

x, y = Team('x'), Team('y')
x.join('ann')
y.join('bob')
print(x.members, y.members, Team.members, x.members is y.members)
x.tag('red')
print(x.tags, y.tags, Team.tags)
class FixedTeam:
    def __init__(self, name):
        self.name = name
        self.members = []
f1, f2 = FixedTeam('1'), FixedTeam('2')
f1.members.append('carl')
print(f1.members, f2.members)
