print('whoami: __name__ is', __name__)
if __name__ == '__main__':
    print('whoami: run as a script')
else:
    print('whoami: imported')
