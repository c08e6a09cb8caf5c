# Imported, not run: __name__ is "tool", so the block below does not run.
def main():
    print("tool's main()")


if __name__ == "__main__":
    main()
