# popleft from an empty deque raises IndexError (uncaught; deque is C in both interpreters)
from collections import deque
q = deque([1])
print(q.popleft())
q.popleft()
