# A package's __init__.py runs when the package is first imported.
print("shapes/__init__.py runs, as module", __name__)
