"""Content shipped with the code: the production taxonomy and the demo content.

Plain Python data only. `cases.services.loading` turns it into rows, creating
what is missing and never overwriting what staff have edited.
"""
