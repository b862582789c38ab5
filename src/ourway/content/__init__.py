"""The product's own wording as data: question decks, openers, prompts. No Django here."""
