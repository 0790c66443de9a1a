"""The library: catalogue, Whoosh index, jieba analyzer, queries. No Qt."""
