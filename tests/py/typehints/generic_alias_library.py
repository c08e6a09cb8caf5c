# PEP 585: the library classes that CPython makes subscriptable give a
# types.GenericAlias, as list[int] does; the others refuse with
# "type 'X' is not subscriptable".
import asyncio
import collections
import concurrent.futures
import contextlib
import queue
import types
import weakref

for t in (enumerate, collections.ChainMap, collections.OrderedDict, collections.defaultdict,
          collections.Counter, collections.deque, queue.Queue, queue.LifoQueue, queue.PriorityQueue,
          contextlib.AbstractContextManager, contextlib.AbstractAsyncContextManager,
          weakref.WeakKeyDictionary, weakref.WeakValueDictionary, weakref.ref,
          concurrent.futures.Future, asyncio.Queue):
    alias = t[int]
    print(alias, type(alias) is types.GenericAlias, alias.__origin__ is t, alias.__args__)
print(enumerate[str](["a", "b"]).__class__ is enumerate, list(enumerate[str](["a"])))
print(queue.SimpleQueue[int].__origin__ is queue.SimpleQueue)
for t in (zip, map, filter, reversed, range, slice, memoryview, bytearray):
    try:
        t[int]
    except TypeError as e:
        print("TypeError:", e)
