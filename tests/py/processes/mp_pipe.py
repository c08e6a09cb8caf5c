# Pipe() gives two Connections. Both ends can send and receive (duplex);
# an object crosses as pickled bytes behind a 4-byte length. recv() at the
# end -- every copy of the other end closed -- raises EOFError, so each
# process closes the end it does not use (the child gets copies of both).
import multiprocessing as mp


def echo(conn, other):
    other.close()
    while True:
        msg = conn.recv()
        conn.send(("echo", msg))
        if msg == "stop":
            break
    conn.send_bytes(b"bye")
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=echo, args=(child_end, parent_end))
    p.start()
    child_end.close()
    for msg in [1, "two", [3.0, {"four": (5,)}], None, b"\x00" * 100000]:
        parent_end.send(msg)
        kind, back = parent_end.recv()
        print(kind, back if not isinstance(back, bytes) else len(back))
    print(parent_end.poll(), parent_end.poll(0.01))
    p.join(timeout=0.01)
    print("still running:", p.is_alive())

    # a one-way pipe: the first end reads, the second writes
    reader, writer = mp.Pipe(duplex=False)
    print(reader.readable, reader.writable, writer.readable, writer.writable)
    writer.send_bytes(b"abcdef", 2, 3)
    print(reader.recv_bytes())
    for bad in [lambda: reader.send(1), lambda: writer.recv()]:
        try:
            bad()
        except OSError as e:
            print("OSError", e)
    writer.close()
    try:
        reader.recv()
    except EOFError:
        print("EOFError on the one-way pipe")
    reader.close()
    print(reader.closed)

    # "stop" asks the child to stop: it says bye and closes its end
    parent_end.send("stop")
    print(parent_end.recv())
    print(parent_end.recv_bytes())
    try:
        parent_end.recv()
    except EOFError:
        print("EOFError: the child closed its end")
    p.join()
    print(p.exitcode)
