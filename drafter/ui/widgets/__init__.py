"""Small reusable widgets that keep the window usable on any screen (popups that close,
labels that elide instead of widening their panel, dialogs that stay on screen)."""
