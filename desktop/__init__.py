"""The Qt desktop application and the `homeward` command line."""
