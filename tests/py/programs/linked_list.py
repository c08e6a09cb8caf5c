# an ordinary program: a linked list class with the sequence protocol (len, indexing, slicing, in, iteration, reversed), equality, repr and errors
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError('LinkedList index out of range')
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur
    def __len__(self):
        return self.size
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __reversed__(self):
        return reversed(list(self))
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value
    def __setitem__(self, index, value):
        self._node_at(index).value = value
    def __delitem__(self, index):
        if index < 0:
            index += self.size
        if index == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node_at(index - 1)
            if prev.next is None:
                raise IndexError('LinkedList index out of range')
            prev.next = prev.next.next
        self.size -= 1
    def __contains__(self, value):
        print('  (linear search for %r)' % (value,))
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __bool__(self):
        return self.head is not None
    def __repr__(self):
        return 'LinkedList([' + ' -> '.join(repr(v) for v in self) + '])'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(ll[0], ll[-1], ll[1:4], ll[::-2], list(reversed(ll)))
print(4 in ll, 9 in ll)
ll[2] = 'one'
del ll[0]
del ll[-1]
print(ll, len(ll))
ll.reverse()
print(ll, ll == LinkedList([4, 'one', 3]), ll == [4, 'one', 3], ll + LinkedList('ab'))
print(sorted(LinkedList([5, 2, 8])), sum(LinkedList(range(5))), max(LinkedList('hello')))
for i, v in enumerate(ll):
    print(i, v)
for op in [lambda: ll[10], lambda: ll.__delitem__(5), lambda: LinkedList()[0]]:
    try:
        op()
    except IndexError as e:
        print('IndexError:', e)
