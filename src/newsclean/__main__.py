"""`python -m newsclean`: the same command as the `newsclean` entry point."""

from newsclean.entry import main

if __name__ == "__main__":
    main()
