# a class counting live instances: __init__ increments, __del__ decrements and reports when the count reaches zero
class Connection:
    live = 0
    def __init__(self, host):
        self.host = host
        Connection.live += 1
        print('open', host, '(live:', str(Connection.live) + ')')
    def __del__(self):
        Connection.live -= 1
        print('close', self.host, '(live:', str(Connection.live) + ')')
        if Connection.live == 0:
            print('all connections closed')

def session(hosts):
    conns = [Connection(h) for h in hosts]
    print('using', len(conns), 'connections')
    return conns[0]

kept = session(['alpha', 'beta'])
print('kept', kept.host)
kept = None
print('again')
pool = {h: Connection(h) for h in ['d', 'e']}
del pool['d']
pool.clear()
print('finished')
