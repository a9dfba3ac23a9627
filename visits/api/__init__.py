"""The JSON API of the visits app (/api/v1/visits/, events/, commitments/): serializers and viewsets."""
