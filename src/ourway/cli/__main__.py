import sys

from ourway.cli import main

sys.exit(main())
