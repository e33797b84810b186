print("cchc-bench: benchmarks land with the GLPK backend")
