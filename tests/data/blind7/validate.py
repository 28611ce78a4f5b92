"""Validates this blind set: the shared checks of tests/data/validate_blind.py on this folder."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(os.path.dirname(HERE), "validate_blind.py"), run_name="__main__")
