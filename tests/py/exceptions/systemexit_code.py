# raise SystemExit(3): no traceback, exit status 3; finally blocks still run
try:
    print('exiting')
    raise SystemExit(3)
finally:
    print('finally runs on SystemExit')
