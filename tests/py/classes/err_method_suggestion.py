# a misspelled method name: the suggestion comes from the class's attributes
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop_item(self):
        return self.items.pop()
s = Stack()
s.push(1)
s.pop_itme()
