"""The Qt desktop application and the `homeward` command line."""

from desktop import texts as texts
