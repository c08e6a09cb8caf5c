# sys.exit(0) ends the program quietly with status 0; code after it never runs
import sys
def main():
    print('working')
    sys.exit(0)
    print('never')
main()
print('never either')
