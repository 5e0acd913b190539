import kg


def test_all_matches_public_names():
    public = {name for name in dir(kg) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(kg, name)).__name__ == "module"}
    assert set(kg.__all__) == public - modules
